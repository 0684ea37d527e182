// Shared words, pager, language names, time units, API error messages, status pages, pickers and city tiers.
import type {
  common as zhCommon,
  pager as zhPager,
  language as zhLanguage,
  time as zhTime,
  errors as zhErrors,
  status as zhStatus,
  picker as zhPicker,
  cityTier as zhCityTier,
} from '../zh-CN/common';

export const common: typeof zhCommon = {
  appName: 'Tripdesk',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  delete: 'Delete',
  create: 'Create',
  close: 'Close',
  confirm: 'Confirm',
  back: 'Back',
  loading: 'Loading…',
  retry: 'Retry',
  none: '—',
  all: 'All',
  noData: 'No data',
  required: 'Required',
  selectPlaceholder: 'Select…',
  clear: 'Clear',
};

export const pager: typeof zhPager = {
  next: 'Next',
  prev: 'Previous',
  page: 'Page {{page}}',
  pageSize: 'Rows per page',
};

export const language: typeof zhLanguage = {
  label: 'Language',
  zhCN: '中文',
  en: 'English',
};

export const time: typeof zhTime = {
  seconds: '{{count}} s',
  minutes: '{{count}} min',
};

export const errors: typeof zhErrors = {
  generic: 'Something went wrong. Please try again.',
  NETWORK_ERROR: 'Cannot reach the server. Check your connection and try again.',
  ACCOUNT_DISABLED: 'This account is disabled (the employee has left); ask your travel administrator.',
  AUTH_INVALID_CREDENTIALS: 'Incorrect account or password.',
  AUTH_LOCKED: 'Too many failed sign-in attempts; sign-ins are slowed down for a while. Try again in {{wait}}.',
  AUTH_LOCKED_NO_WAIT: 'Too many failed sign-in attempts; sign-ins are slowed down for a while. Try again shortly.',
  AUTH_REQUIRED: 'Your session has expired. Please sign in again.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'The record does not exist or has been deleted.',
  VALIDATION_FAILED: 'Some fields are invalid. Please check the highlighted fields.',
  DEPARTMENT_NOT_EMPTY: 'This department still has sub-departments or employees and cannot be deleted.',
  IMPORT_INVALID: 'The file did not pass validation.',
  CSRF_FAILED: 'This page has expired. Please reload and try again.',
  MALFORMED_REQUEST: 'The request could not be read. Please reload and try again.',
  UNSUPPORTED_MEDIA_TYPE: 'This file or content type is not supported.',
  PAYLOAD_TOO_LARGE: 'The file or content is too large.',
  TENANT_REQUIRED: 'Choose a company in the top bar first.',
  DUPLICATE: 'This value is already in use; choose another.',
  REFERENCE_NOT_FOUND: 'A referenced record does not exist; it may have been deleted.',
  IN_USE: 'This record is still in use and cannot be deleted.',
  HIERARCHY_CYCLE: 'A department or manager cannot be placed under itself.',
  INTERNAL: 'Something went wrong on our side. Please try again later.',
  INVALID_STATE: 'This is not possible in the current state. Refresh and try again.',
  TRIP_NOT_BEGUN: 'The trip has not begun, so it cannot be ended yet. If it will not take place, cancel the request.',
  CONCURRENT_UPDATE: 'Someone else has just changed this. Refresh and try again.',
  NOT_AN_APPROVER: 'You are not an approver of the current stage.',
  SELF_APPROVAL: 'As a delegate you cannot decide on a request you submitted or travel on.',
  DELEGATION_OVERLAP: 'You already have a delegation in this period; delete it first.',
  BUDGET_EXCEEDED: 'The budget is exceeded; this cannot be submitted.',
  REASON_REQUIRED: 'Over budget: a reason is required.',
  BUDGET_BELOW_USED: 'The budget would fall below what is already used and reserved. Lower the amount.',
  NO_APPROVAL_FLOW: 'No approval flow applies to budget adjustments. A travel admin must set one up first (category: budget adjustment).',
  ADJUSTMENT_REQUIRED: 'This budget is already in use: change its amount with an adjustment (increase, decrease or transfer).',
  INVITATION_EXPIRED: 'This invitation has expired; ask your administrator for a new one.',
  INVITATION_USED: 'This invitation has already been used; sign in with your password.',
  INVITATION_REVOKED: 'This invitation was withdrawn or replaced by a newer one.',
  LAST_TRAVEL_ADMIN: 'An enterprise must keep at least one travel administrator.',
  TENANT_SUSPENDED: 'This enterprise’s service is suspended; contact the platform.',
  SUPPLIER_UNAVAILABLE: 'The supplier did not answer in time or is failing; try again shortly.',
  SUPPLIER_REFUSED: 'The supplier refused (sold out, offer expired, not changeable or not refundable).',
  OFFER_UNAVAILABLE: 'The offer is no longer on sale at that price: search again.',
  SUPPLIER_SUSPENDED: 'This supplier is suspended.',
  PASSWORD_TOO_WEAK:
    'The password is too weak: at least 10 characters with three of upper case, lower case, digits and symbols, not containing your email name.',
};

export const status: typeof zhStatus = {
  forbiddenTitle: 'Access denied',
  forbiddenBody: 'Your account cannot open this page. Ask your travel administrator for access.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist or has moved.',
  goHome: 'Back to Home',
};

export const picker: typeof zhPicker = {
  employeeSearch: 'Search by name or employee number',
  noMatches: 'No matching employees',
  citySearch: 'City, pinyin or airport code',
  noCity: 'No matching city',
};

export const cityTier: typeof zhCityTier = {
  tier1: 'Tier-1 cities',
  new_tier1: 'New tier-1 cities',
  tier2: 'Tier-2 cities',
  other: 'Other cities',
};
