// Approvals as organisations use them: several approvers, chosen approvers, carbon copies (flow editor, stepper, submit, inbox).
import type { approvalOrg as zhApprovalOrg } from '../zh-CN/approvalOrg';

export const approvalOrg: typeof zhApprovalOrg = {
  people: {
    add: 'Add a person',
    remove: 'Remove {{name}}',
    empty: 'Add at least one person.',
    label: 'Approvers',
    candidatesLabel: 'Approvers to choose from',
    candidatesHint: 'On submission the requester chooses one of these people (never themselves).',
    usersHint: 'By the approval mode: any one of them, or all of them.',
    travellerManagersHint:
      'Every traveller’s direct manager approves (each manager once; a manager who travels too is replaced by their own manager).',
    costCentreHint:
      'The owner of the cost centre the request is charged to; with none or no owner, the “when nobody is left” setting applies.',
  },
  cc: {
    title: 'Carbon copy',
    stageHint: 'When this stage is approved these people are told and may read the request (they do not approve).',
    flowHint: 'When the approval ends (approved or rejected) these people are told and may read the request (they do not approve).',
    addPerson: '+ Copy a person',
    addRole: '+ Copy a role',
    role: 'Role to copy',
    person: 'Person to copy',
    remove: 'Remove',
    none: 'Nobody is copied',
    sentTo: 'Copied to {{names}}',
    flowSentTo: 'Approval ended; copied to {{names}}',
    copiedToYou: 'This request was copied to you: you may read it but do not take part in the approval.',
  },
  progress: {
    approved: '{{approved}}/{{total}} approved',
  },
  choice: {
    title: 'Choose your approver',
    label: '{{stage}}: choose the approver',
    placeholder: 'Choose',
    required: 'Choose the approver for “{{stage}}”.',
    noCandidates: 'This stage offers nobody to choose; ask your travel admin.',
    outcome: 'You choose the approver',
  },
  costCentres: {
    title: 'Cost centres',
    subtitle: 'Cost centres requests are charged to, and their owners, who approve “cost centre owner” stages.',
    new: 'New cost centre',
    edit: 'Edit',
    code: 'Code',
    name: 'Name',
    owner: 'Owner',
    ownerHint: 'Approves stages with the rule “cost centre owner”; without one, such a stage follows “when nobody is left”.',
    noOwner: 'Not set',
    empty: 'No cost centres yet.',
  },
  inbox: {
    tabCc: 'Copied to me',
    emptyCc: 'Nothing has been copied to you.',
    status: 'Outcome',
  },
};
