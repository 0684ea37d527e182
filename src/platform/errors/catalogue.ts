/**
 * Every error code a client can receive, with its HTTP status and default messages. The
 * Record type makes a new code without an entry fail to compile; a test checks each one is
 * documented in the OpenAPI document.
 */
export type ErrorCode =
  | 'MALFORMED_REQUEST'
  | 'VALIDATION_FAILED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_TEXT'
  | 'AUTH_REQUIRED'
  | 'AUTH_INVALID_CREDENTIALS'
  | 'AUTH_LOCKED'
  | 'ACCOUNT_DISABLED'
  | 'PASSWORD_SIGN_IN_DISABLED'
  | 'CSRF_FAILED'
  | 'FORBIDDEN'
  | 'TENANT_REQUIRED'
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'REFERENCE_NOT_FOUND'
  | 'DEPARTMENT_NOT_EMPTY'
  | 'IN_USE'
  | 'HIERARCHY_CYCLE'
  | 'IMPORT_INVALID'
  | 'PASSWORD_TOO_WEAK'
  | 'INVALID_STATE'
  | 'CONCURRENT_UPDATE'
  | 'NOT_AN_APPROVER'
  | 'SELF_APPROVAL'
  | 'DELEGATION_OVERLAP'
  | 'BUDGET_EXCEEDED'
  | 'REASON_REQUIRED'
  | 'BUDGET_BELOW_USED'
  | 'NO_APPROVAL_FLOW'
  | 'ADJUSTMENT_REQUIRED'
  | 'POLICY_BLOCKED'
  | 'ORDER_ILLEGAL_TRANSITION'
  | 'TICKET_ILLEGAL_TRANSITION'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_USED'
  | 'INVITATION_REVOKED'
  | 'LAST_TRAVEL_ADMIN'
  | 'TENANT_SUSPENDED'
  | 'SUPPLIER_UNAVAILABLE'
  | 'SUPPLIER_REFUSED'
  | 'SUPPLIER_SUSPENDED'
  | 'SIGNATURE_MISSING'
  | 'SIGNATURE_INVALID'
  | 'SIGNATURE_STALE'
  | 'OFFER_UNAVAILABLE'
  | 'INTERNAL';

export interface ErrorEntry {
  status: number;
  en: string;
  zh: string;
}

export const errorCatalogue: Record<ErrorCode, ErrorEntry> = {
  MALFORMED_REQUEST: { status: 400, en: 'The request could not be read.', zh: '请求格式错误，无法解析。' },
  VALIDATION_FAILED: { status: 422, en: 'Some fields are invalid.', zh: '部分字段不合法。' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, en: 'This content type is not accepted here.', zh: '不支持该内容类型。' },
  PAYLOAD_TOO_LARGE: { status: 413, en: 'The request body is too large.', zh: '请求内容过大。' },
  INVALID_TEXT: {
    status: 400,
    en: 'The request holds text that cannot be stored: a NUL character, or bytes that are not UTF-8.',
    zh: '请求中含有无法保存的文本：NUL 空字符，或不是 UTF-8 编码的字节。',
  },
  AUTH_REQUIRED: { status: 401, en: 'Please sign in.', zh: '请先登录。' },
  AUTH_INVALID_CREDENTIALS: { status: 401, en: 'Wrong account or password.', zh: '账号或密码错误。' },
  ACCOUNT_DISABLED: {
    status: 403,
    en: 'This account is disabled (the employee has left); ask your travel administrator.',
    zh: '此账号已停用（员工已离职），如有疑问请联系差旅管理员。',
  },
  AUTH_LOCKED: {
    status: 429,
    en: 'Too many failed sign-ins; try again later.',
    zh: '登录失败次数过多，请稍后再试。',
  },
  PASSWORD_SIGN_IN_DISABLED: {
    status: 403,
    en: 'Your enterprise signs in with single sign-on (SSO); password sign-in is switched off.',
    zh: '贵企业已关闭密码登录，请使用企业单点登录（SSO）。',
  },
  CSRF_FAILED: { status: 403, en: 'Missing or wrong CSRF token.', zh: 'CSRF 校验失败。' },
  FORBIDDEN: { status: 403, en: 'You do not have permission to do this.', zh: '您没有执行此操作的权限。' },
  TENANT_REQUIRED: {
    status: 400,
    en: 'Choose the enterprise with the X-Tenant-Id header.',
    zh: '请通过 X-Tenant-Id 请求头指定企业。',
  },
  NOT_FOUND: { status: 404, en: 'Not found.', zh: '未找到。' },
  DUPLICATE: { status: 409, en: 'A record with this value already exists.', zh: '该值已存在。' },
  REFERENCE_NOT_FOUND: { status: 422, en: 'A referenced record does not exist.', zh: '引用的记录不存在。' },
  DEPARTMENT_NOT_EMPTY: {
    status: 409,
    en: 'The department still has sub-departments or employees.',
    zh: '该部门下仍有子部门或员工。',
  },
  IN_USE: { status: 409, en: 'It is still in use.', zh: '仍在使用中，无法删除。' },
  HIERARCHY_CYCLE: { status: 422, en: 'This would create a cycle.', zh: '该操作会造成循环的上下级关系。' },
  IMPORT_INVALID: {
    status: 422,
    en: 'The file has errors; nothing was imported.',
    zh: '文件有错误，未导入任何数据。',
  },
  PASSWORD_TOO_WEAK: {
    status: 422,
    en: 'The new password is too weak.',
    zh: '新密码强度不足。',
  },
  INVALID_STATE: {
    status: 409,
    en: 'This cannot be done in the record’s current state.',
    zh: '当前状态下无法执行此操作。',
  },
  CONCURRENT_UPDATE: {
    status: 409,
    en: 'Someone else changed this at the same time; reload and try again.',
    zh: '该记录已被他人同时修改，请刷新后重试。',
  },
  NOT_AN_APPROVER: { status: 403, en: 'You are not an approver of this step.', zh: '您不是当前审批环节的审批人。' },
  SELF_APPROVAL: {
    status: 403,
    en: 'You cannot decide, as a delegate, on a request you submitted or travel on.',
    zh: '不能以受托人身份审批自己提交或自己出行的申请。',
  },
  DELEGATION_OVERLAP: {
    status: 409,
    en: 'You already have a delegation in this period; end it first.',
    zh: '该时间段内您已有委托，请先结束原委托。',
  },
  BUDGET_EXCEEDED: {
    status: 422,
    en: 'This exceeds the budget and the budget forbids it.',
    zh: '超出预算，且该预算不允许超支。',
  },
  REASON_REQUIRED: {
    status: 422,
    en: 'A reason is required (over the standard or over budget).',
    zh: '超标或超预算，需填写原因。',
  },
  ORDER_ILLEGAL_TRANSITION: {
    status: 409,
    en: 'The order cannot make this move from its current status.',
    zh: '订单当前状态下不能进行此操作。',
  },
  TICKET_ILLEGAL_TRANSITION: {
    status: 409,
    en: 'The ticket cannot make this move from its current status.',
    zh: '工单当前状态下不能进行此操作。',
  },
  BUDGET_BELOW_USED: {
    status: 409,
    en: 'The budget would fall below what is already used or occupied.',
    zh: '调整后预算将低于已使用和已占用的金额。',
  },
  NO_APPROVAL_FLOW: {
    status: 409,
    en: 'No approval flow applies; a travel admin must set one up first.',
    zh: '没有适用的审批流程，请先由差旅管理员配置。',
  },
  ADJUSTMENT_REQUIRED: {
    status: 409,
    en: 'The budget is in use: change its amount with an adjustment (increase, decrease or transfer).',
    zh: '该预算已有占用或使用，请通过预算调整（追加、调减或调剂）修改金额。',
  },
  POLICY_BLOCKED: {
    status: 422,
    en: 'The travel policy does not allow this.',
    zh: '差旅标准不允许此操作。',
  },
  INVITATION_EXPIRED: {
    status: 410,
    en: 'This invitation has expired; ask your administrator for a new one.',
    zh: '该邀请已过期，请联系管理员重新发送。',
  },
  INVITATION_USED: {
    status: 410,
    en: 'This invitation has already been used; sign in with your password.',
    zh: '该邀请已被使用，请直接用密码登录。',
  },
  INVITATION_REVOKED: {
    status: 410,
    en: 'This invitation was withdrawn or replaced by a newer one.',
    zh: '该邀请已被撤销或已由新邀请取代。',
  },
  LAST_TRAVEL_ADMIN: {
    status: 409,
    en: 'An enterprise must keep at least one travel administrator.',
    zh: '企业至少需要保留一名差旅管理员。',
  },
  TENANT_SUSPENDED: {
    status: 403,
    en: 'This enterprise’s service is suspended.',
    zh: '该企业的服务已暂停。',
  },
  SUPPLIER_UNAVAILABLE: {
    status: 503,
    en: 'The supplier did not answer in time or is failing; try again shortly.',
    zh: '供应商暂时无法响应（超时或故障），请稍后再试。',
  },
  SUPPLIER_REFUSED: {
    status: 409,
    en: 'The supplier refused (sold out, offer expired, not changeable or not refundable): see details.supplierError.',
    zh: '供应商拒绝了该操作（已售罄、报价已过期、不可改签或不可退），详见 details.supplierError。',
  },
  SUPPLIER_SUSPENDED: {
    status: 409,
    en: 'This supplier is suspended and is not called.',
    zh: '该供应商已暂停合作，不再调用。',
  },
  SIGNATURE_MISSING: {
    status: 401,
    en: 'The request is not signed: send Tripdesk-Supplier, Tripdesk-Timestamp and Tripdesk-Signature.',
    zh: '请求未签名：请提供 Tripdesk-Supplier、Tripdesk-Timestamp 和 Tripdesk-Signature 请求头。',
  },
  SIGNATURE_INVALID: {
    status: 401,
    en: 'The supplier is unknown or not accepted, or the signature matches none of its keys.',
    zh: '供应商未知或已停用，或签名与其密钥均不匹配。',
  },
  SIGNATURE_STALE: {
    status: 401,
    en: 'The signature’s timestamp is outside the accepted window (a replay, or a clock that is off).',
    zh: '签名时间戳超出允许的时间窗口（疑似重放，或发送方时钟不准）。',
  },
  OFFER_UNAVAILABLE: {
    status: 409,
    en: 'The offer is no longer on sale at that price: search again.',
    zh: '该报价已失效或价格已变，请重新搜索。',
  },
  INTERNAL: { status: 500, en: 'Something went wrong on our side.', zh: '服务器内部错误。' },
};

export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];
