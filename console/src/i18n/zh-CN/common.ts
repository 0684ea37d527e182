// Shared words, pager, language names, time units, API error messages, status pages, pickers and city tiers.

export const common = {
  appName: 'Tripdesk',
  save: '保存',
  saving: '保存中…',
  cancel: '取消',
  delete: '删除',
  create: '创建',
  close: '关闭',
  confirm: '确定',
  back: '返回',
  loading: '加载中…',
  retry: '重试',
  none: '—',
  all: '全部',
  noData: '暂无数据',
  required: '必填',
  selectPlaceholder: '请选择',
  clear: '清除',
};

export const pager = {
  next: '下一页',
  prev: '上一页',
  page: '第 {{page}} 页',
  pageSize: '每页条数',
};

export const language = {
  label: '语言',
  zhCN: '中文',
  en: 'English',
};

export const time = {
  seconds: '{{count}} 秒',
  minutes: '{{count}} 分钟',
};

export const errors = {
  generic: '操作失败，请稍后重试。',
  NETWORK_ERROR: '无法连接服务器，请检查网络后重试。',
  ACCOUNT_DISABLED: '此账号已停用（员工已离职），如有疑问请联系差旅管理员。',
  AUTH_INVALID_CREDENTIALS: '账号或密码不正确。',
  AUTH_LOCKED: '登录失败次数过多，登录已被暂时放缓，请在 {{wait}}后重试。',
  AUTH_LOCKED_NO_WAIT: '登录失败次数过多，登录已被暂时放缓，请稍后重试。',
  AUTH_REQUIRED: '登录已过期，请重新登录。',
  FORBIDDEN: '您没有执行此操作的权限。',
  NOT_FOUND: '请求的记录不存在或已被删除。',
  VALIDATION_FAILED: '提交的数据有误，请检查标出的字段。',
  DEPARTMENT_NOT_EMPTY: '该部门下还有子部门或员工，无法删除。',
  IMPORT_INVALID: '文件校验未通过。',
  CSRF_FAILED: '页面已过期，请刷新后重试。',
  MALFORMED_REQUEST: '请求格式错误，请刷新页面后重试。',
  UNSUPPORTED_MEDIA_TYPE: '不支持该文件或内容类型。',
  PAYLOAD_TOO_LARGE: '文件或内容过大。',
  TENANT_REQUIRED: '请先在顶部选择企业。',
  DUPLICATE: '该值已被使用，请更换。',
  REFERENCE_NOT_FOUND: '引用的记录不存在，可能已被删除。',
  IN_USE: '该记录仍在使用中，无法删除。',
  HIERARCHY_CYCLE: '不能将部门或上级设为其自身的下级。',
  INTERNAL: '服务器出错了，请稍后重试。',
  INVALID_STATE: '当前状态不允许此操作，请刷新后重试。',
  TRIP_NOT_BEGUN: '行程尚未开始，不能结束行程；如不再出行，请取消申请。',
  CONCURRENT_UPDATE: '该记录刚被其他人修改，请刷新后重试。',
  NOT_AN_APPROVER: '您不是当前环节的审批人。',
  SELF_APPROVAL: '不能以受托人身份审批自己提交或自己出行的申请。',
  DELEGATION_OVERLAP: '该时间段内您已有委托，请先删除原委托。',
  BUDGET_EXCEEDED: '超出预算，不能提交。',
  REASON_REQUIRED: '超出预算，请填写原因。',
  BUDGET_BELOW_USED: '调整后预算将低于已使用和已占用的金额，请减少调整金额。',
  NO_APPROVAL_FLOW: '没有适用于预算调整的审批流程，请先由差旅管理员配置（事项类型：预算调整）。',
  ADJUSTMENT_REQUIRED: '该预算已有占用或使用记录，金额只能通过预算调整（追加、调减或调剂）修改。',
  INVITATION_EXPIRED: '该邀请已过期，请联系管理员重新发送。',
  INVITATION_USED: '该邀请已被使用，请直接用密码登录。',
  INVITATION_REVOKED: '该邀请已被撤销或已由新邀请取代。',
  LAST_TRAVEL_ADMIN: '企业至少需要保留一名差旅管理员。',
  TENANT_SUSPENDED: '该企业的服务已暂停，请联系平台。',
  SUPPLIER_UNAVAILABLE: '供应商暂时无法响应（超时或故障），请稍后再试。',
  SUPPLIER_REFUSED: '供应商拒绝了该操作（已售罄、报价已过期、不可改签或不可退）。',
  OFFER_UNAVAILABLE: '该报价已失效或价格已变，请重新搜索。',
  SUPPLIER_SUSPENDED: '该供应商已暂停合作。',
  PASSWORD_TOO_WEAK: '密码强度不足：至少 10 个字符，包含大写字母、小写字母、数字、符号中的三类，且不能包含邮箱名。',
};

export const status = {
  forbiddenTitle: '无访问权限',
  forbiddenBody: '您的账号没有访问此页面的权限，如需开通请联系企业差旅管理员。',
  notFoundTitle: '页面不存在',
  notFoundBody: '您访问的页面不存在或已被移动。',
  goHome: '返回概览',
};

export const picker = {
  employeeSearch: '输入姓名或工号搜索',
  noMatches: '没有匹配的员工',
  citySearch: '城市名、拼音或机场代码',
  noCity: '没有匹配的城市',
};

export const cityTier = {
  tier1: '一线城市',
  new_tier1: '新一线城市',
  tier2: '二线城市',
  other: '其他城市',
};
