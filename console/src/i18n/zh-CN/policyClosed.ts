// 差旅标准：数据缺失时的处理、舱位范围、默认行、发布前的覆盖检查、出差申请的差标检查。
export const policyClosed = {
  missingData: {
    label: '数据缺失时',
    hint: '规则需要的数据缺失时（如航班无公务舱价格、没有时间窗内最低价、职级没有对应的酒店档位）如何处理',
    fail: '视为不符合，按规则的处理方式（推荐）',
    pass_flagged: '放行，并在说明中标注“数据缺失”',
  },
  cabins: {
    label: '适用舱位',
    hint: '不选则适用于所有舱位；例如经济舱 7 折上限只勾选经济舱，公务舱不受此限',
  },
  otherwise: {
    label: '默认行（其他职级）',
    hint: '适用于没有其他同类规则覆盖的职级；新增的职级也会落到这一行',
    badge: '默认行',
  },
  lowestFare: '同时段最低价（元，留空为未知）',
  personalPayHint: '超标个人付只适用于机票价格上限、最低价规则和酒店每晚限额',
  publish: {
    checking: '正在检查覆盖情况…',
    covered: '所有适用职级的机票、酒店、火车票、用车都有规则覆盖。',
    warningsTitle: '以下职级和类别没有规则覆盖（共 {{count}} 项），发布后这些情况将不受约束或按“数据缺失”设置处理：',
    category: {
      flight: '机票',
      hotel: '酒店',
      train: '火车票',
      car: '用车',
    },
    publishAnyway: '仍然发布',
  },
  request: {
    title: '差旅标准检查',
    none: '出行人没有适用的差旅标准',
    basis: '按预估：每人每天 {{daily}}，每人每晚住宿 {{nightly}}',
    stay: '{{city}} · {{checkIn}} 至 {{checkOut}} · {{nights}} 晚',
    reasonLabel: '超标原因',
    reasonHint: '申请超出差旅标准，提交时需填写超标原因',
    reasonGiven: '超标原因：{{reason}}',
    personalPay: '超标个人支付合计 {{amount}}',
    dataMissing: '部分规则缺少数据，已按差旅标准的设置处理',
    outcome: {
      allow: '符合差旅标准',
      warn: '超标，需填写原因',
      require_approval: '超标，需额外审批',
      block: '差旅标准不允许，无法提交',
    },
    noRules: '本段行程没有可在申请阶段检查的规则',
  },
};
