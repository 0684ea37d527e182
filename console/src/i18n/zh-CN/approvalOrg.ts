// Approvals as organisations use them: several approvers, 发起人自选, 抄送 (flow editor, stepper, submit, inbox).

export const approvalOrg = {
  people: {
    add: '添加人员',
    remove: '移除 {{name}}',
    empty: '请至少添加一人。',
    label: '审批人员',
    candidatesLabel: '可选审批人',
    candidatesHint: '提交时，申请人从这些人中选择一位审批人（不能选自己）。',
    usersHint: '按审批方式：或签一人同意即可，会签需全部同意。',
    travellerManagersHint: '每位出行人的直属上级都需审批（同一上级只审批一次；上级也出行时由其上级审批）。',
    costCentreHint: '按申请选择的成本中心找负责人；未选择成本中心或无负责人时，按“无审批人时”的设置处理。',
  },
  cc: {
    title: '抄送',
    stageHint: '本环节通过后通知以下人员，并可查看该申请（不能审批）。',
    flowHint: '审批结束（通过或驳回）后通知以下人员，并可查看该申请（不能审批）。',
    addPerson: '+ 抄送人员',
    addRole: '+ 抄送角色',
    role: '抄送角色',
    person: '抄送人员',
    remove: '移除抄送',
    none: '不抄送',
    sentTo: '已抄送：{{names}}',
    flowSentTo: '审批结束，已抄送：{{names}}',
    copiedToYou: '此申请已抄送给您，您可以查看，但不参与审批。',
  },
  progress: {
    approved: '{{approved}}/{{total}} 已同意',
  },
  choice: {
    title: '选择审批人',
    label: '{{stage}}：选择审批人',
    placeholder: '请选择',
    required: '请为“{{stage}}”选择审批人。',
    noCandidates: '该环节没有可选的审批人，请联系差旅管理员。',
    outcome: '由您选择审批人',
  },
  inbox: {
    tabCc: '抄送我的',
    emptyCc: '暂无抄送给您的审批。',
    status: '审批结果',
  },
};
