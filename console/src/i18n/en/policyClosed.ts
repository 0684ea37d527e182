// Travel policy: missing data, cabin scope, default rows, coverage before publishing, requests checked against the policy.
export const policyClosed = {
  missingData: {
    label: 'When data is missing',
    hint: 'What a rule does when the data it needs is missing (a flight without a business fare, no lowest fare in the window, a rank no hotel band covers)',
    fail: 'Count it as failing, with the rule’s action (recommended)',
    pass_flagged: 'Let it pass, flagged “data missing” in the explanation',
  },
  cabins: {
    label: 'Cabins',
    hint: 'None ticked: every cabin. A 70% economy cap ticks economy only, so business fares are not held to it',
  },
  otherwise: {
    label: 'Default row (other ranks)',
    hint: 'Applies to ranks no other rule of this kind covers; ranks added later fall to it too',
    badge: 'Default row',
  },
  lowestFare: 'Lowest fare in the window (¥, blank: unknown)',
  personalPayHint: 'The traveller pays the excess: for fare caps, lowest-fare rules and hotel nightly caps only',
  publish: {
    checking: 'Checking coverage…',
    covered: 'Every rank the policy applies to has rules for flights, hotels, trains and car rides.',
    warningsTitle:
      'These ranks and categories have no rule ({{count}} in all): once published they are not limited, or fall to the missing-data setting:',
    category: {
      flight: 'Flights',
      hotel: 'Hotels',
      train: 'Trains',
      car: 'Car rides',
    },
    publishAnyway: 'Publish anyway',
  },
  request: {
    title: 'Travel policy check',
    none: 'No travel policy applies to the travellers',
    basis: 'From the estimate: {{daily}} per traveller per day, {{nightly}} per traveller per night',
    stay: '{{city}} · {{checkIn}} to {{checkOut}} · {{nights}} nights',
    reasonLabel: 'Reason for exceeding the policy',
    reasonHint: 'The request exceeds the travel policy: give a reason to submit it',
    reasonGiven: 'Reason given: {{reason}}',
    personalPay: 'Paid personally above the caps: {{amount}}',
    dataMissing: 'Some rules lacked their data and were handled as the policy’s setting says',
    outcome: {
      allow: 'Within the travel policy',
      warn: 'Over the policy: a reason is needed',
      require_approval: 'Over the policy: extra approval needed',
      block: 'Not allowed by the travel policy: cannot be submitted',
    },
    noRules: 'No rule can be checked for this stay at request time',
  },
};
