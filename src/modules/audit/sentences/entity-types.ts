/** What each entity type is called, for the generic sentence and the entity filter. */
export const entityTypeNames: Readonly<Record<string, { zh: string; en: string }>> = {
  account: { zh: '账号', en: 'account' },
  api_key: { zh: 'API 密钥', en: 'API key' },
  invitation: { zh: '邀请', en: 'invitation' },
  sso_settings: { zh: '单点登录设置', en: 'single sign-on settings' },
  tenant: { zh: '企业', en: 'enterprise' },
  platform: { zh: '平台', en: 'platform' },
  organisation: { zh: '组织架构', en: 'organisation' },
  employee: { zh: '员工', en: 'employee' },
  department: { zh: '部门', en: 'department' },
  rank: { zh: '职级', en: 'rank' },
  cost_centre: { zh: '成本中心', en: 'cost centre' },
  project: { zh: '项目', en: 'project' },
  policy: { zh: '差旅标准', en: 'travel policy' },
  reason_codes: { zh: '超标原因', en: 'out-of-policy reasons' },
  budget: { zh: '预算', en: 'budget' },
  budget_adjustment: { zh: '预算调整', en: 'budget adjustment' },
  travel_request: { zh: '出差申请', en: 'travel request' },
  order: { zh: '订单', en: 'order' },
  approval_flow: { zh: '审批流程', en: 'approval flow' },
  approval_delegation: { zh: '审批委托', en: 'approval delegation' },
  supplier: { zh: '供应商', en: 'supplier' },
  supplier_event: { zh: '供应商事件', en: 'supplier event' },
  supplier_event_reject: { zh: '被拒收的供应商事件', en: 'rejected supplier event' },
  webhook_endpoint: { zh: 'Webhook 地址', en: 'webhook endpoint' },
  simulator: { zh: '供应商模拟器', en: 'supplier simulator' },
  imported_booking_batch: { zh: '导入的历史预订', en: 'imported past bookings' },
  ticket: { zh: '工单', en: 'ticket' },
  ticket_intake_review: { zh: '待核实来信', en: 'message under review' },
};

/** "travel_request" → "travel request" for a type nobody has named yet. */
export const humanise = (code: string): string => code.replace(/[._]+/g, ' ').trim();

export function entityTypeName(entityType: string, lang: 'zh-CN' | 'en'): string {
  const known = entityTypeNames[entityType];
  if (known) return lang === 'en' ? known.en : known.zh;
  return humanise(entityType);
}
