// My travel policy: the traveller's own policy, and the check before booking.
import type { myPolicy as zhMyPolicy } from '../zh-CN/myPolicy';
import type { English } from '../english';

export const myPolicy: English<typeof zhMyPolicy> = {
  title: 'My travel policy',
  subtitle:
    'The travel policy that applies to you. Before booking, check whether an option is within policy, inside an approved travel request, and whether it needs approval.',
  applied: 'Policy that applies',
  version: 'version {{version}}',
  why: 'Why it applies',
  noPolicy: 'No travel policy applies to you at the moment, so bookings are not limited by one. Ask your travel administrator if in doubt.',
  name: 'Policy',
  forRank: 'The rules below are those for your rank ({{rank}}, level {{level}}).',
  showAll: 'Also show the {{count}} rules for other ranks',
  showAll_one: 'Also show the {{count}} rule for other ranks',
  rules: 'What the policy says',
  check: {
    title: 'Check before booking: describe an option',
    intro:
      'Or describe an option yourself (category, price, cabin, seat …) to see whether it is within policy, inside an approved travel request, and whether it needs approval.',
    category: 'Category',
    request: 'Check against travel request',
    requestAuto: 'Match my approved requests',
    requestOption: '{{code}} · {{purpose}}',
    noApproved: 'You have no approved travel request yet.',
    run: 'Check',
    running: 'Checking…',
    option: 'Option to book',
  },
  result: {
    title: 'Result',
    outcome: {
      no_approval: 'Can be booked',
      approval_required: 'Needs approval after booking',
      blocked: 'Cannot be booked',
    },
    policyTitle: 'Travel policy',
    policyVersion: '{{name}}, version {{version}}',
    noPolicy: 'No travel policy applies.',
    allPassed: 'Every rule is met.',
    rule: 'Rule',
    result: 'Result',
    explanation: 'Explanation',
    passed: 'Within',
    failed: 'Over',
    notApplicable: '{{count}} more rules do not concern this option.',
    notApplicable_one: '{{count}} more rule does not concern this option.',
    reasonRequired: 'When booking you will pick a reason for going over the policy:',
    noReasonCodes: 'When booking you will give a reason for going over the policy.',
    requestTitle: 'Travel request',
    noRequest: 'No approved travel request to check against.',
    covered: 'Inside the request',
    notCovered: 'Outside the request',
    approvalTitle: 'Approval',
  },
};
