// In-app notifications.
import type { notifications as zhNotifications } from '../zh-CN/notifications';

export const notifications: typeof zhNotifications = {
  title: 'Notifications',
  readAll: 'Mark all read',
  empty: 'No notifications',
  template: {
    approval_requested: 'A travel request is waiting for your approval',
    approval_reminder: 'Reminder: a travel request is due or overdue for approval',
    approved: 'Your travel request was approved',
    rejected: 'Your travel request was rejected',
    rejected_to_stage: 'A travel request was sent back to an earlier approval stage',
    returned: 'Your travel request was returned for changes',
    transferred: 'An approval was transferred to you',
    commented: 'New comment on a travel request',
    withdrawn: 'A travel request was withdrawn by its requester',
    cancelled: 'A travel request was cancelled',
    approval_failed: 'No approver could be found; the travel request was rejected',
    budget_warning: 'A budget has reached its warning line',
    offboarding_fallback: 'Approvals of an employee who left came to the travel admins: check or reassign them',
    carbon_copy: 'A travel request was copied to you (for your information)',
    sign_in_slowed:
      'Repeated failed sign-ins to your account: sign-ins are slowed down for a while. If this was not you, change your password.',
  },
  budgetAdjustment: {
    approval_requested: 'A budget adjustment is waiting for your approval',
    approval_reminder: 'Reminder: a budget adjustment is due or overdue for approval',
    approved: 'Your budget adjustment was approved and applied',
    rejected: 'Your budget adjustment was rejected',
    rejected_to_stage: 'A budget adjustment was sent back to an earlier approval stage',
    returned: 'Your budget adjustment was returned',
    commented: 'New comment on a budget adjustment',
    withdrawn: 'A budget adjustment was withdrawn by its requester',
    cancelled: 'A budget adjustment was cancelled',
    approval_failed: 'No approver could be found; the budget adjustment was rejected',
  },
};
