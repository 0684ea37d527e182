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
    carbon_copy: 'A travel request was copied to you (for your information)',
    sign_in_slowed:
      'Repeated failed sign-ins to your account: sign-ins are slowed down for a while. If this was not you, change your password.',
  },
};
