// In-app notifications.

export const notifications = {
  title: '通知',
  readAll: '全部已读',
  empty: '暂无通知',
  template: {
    approval_requested: '有出差申请等待您审批',
    approval_reminder: '审批提醒：有出差申请即将或已经超时',
    approved: '您的出差申请已通过',
    rejected: '您的出差申请被驳回',
    rejected_to_stage: '出差申请被驳回至之前的审批环节',
    returned: '您的出差申请被退回，请修改后重新提交',
    transferred: '一项审批已转交给您',
    commented: '出差申请有新的评论',
    withdrawn: '出差申请已被申请人撤回',
    cancelled: '出差申请已取消',
    approval_failed: '出差申请未能找到审批人，已自动驳回',
    carbon_copy: '一项出差申请已抄送给您',
    sign_in_slowed: '您的账号多次登录失败，登录已被暂时放缓。如非本人操作，请及时修改密码。',
  },
};
