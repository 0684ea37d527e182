import { Type, type TSchema } from '@sinclair/typebox';
import { RULE_ACTIONS } from '../engine/index.ts';
import { EvaluationSchema } from './evaluation-schemas.ts';
import { enumOf } from './rule-schemas.ts';

const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

/** A travel request checked against its travellers' policies (checkTravelRequest), for the travel module's responses. */
export const RequestPolicyCheckSchema = Type.Object(
  {
    outcome: enumOf(RULE_ACTIONS, 'The strictest action among the failed rules of every traveller and stay'),
    compliant: Type.Boolean(),
    requiresReasonCode: Type.Boolean({ description: 'A failed warn rule asks for a reason (policyReason) on submission' }),
    dataMissing: Type.Boolean(),
    personalPayFen: Type.Integer({ minimum: 0, description: '超标个人付 over every traveller and stay (fen)' }),
    dailyCostFen: Type.Integer({ description: 'The estimate per traveller per day the daily budget was checked with' }),
    nightlyRateFen: Type.Integer({ description: 'The hotel estimate per traveller per night the hotel caps were checked with' }),
    travellers: Type.Array(
      Type.Object({
        employeeId: Type.String(),
        policy: nullable(Type.Object({ id: Type.String(), name: Type.String() })),
        version: nullable(Type.Object({ versionId: Type.String(), version: Type.Integer() })),
        stays: Type.Array(
          Type.Object({
            stay: Type.Object({ city: Type.String(), checkIn: Type.String(), checkOut: Type.String(), nights: Type.Integer() }),
            evaluation: EvaluationSchema,
          }),
        ),
      }),
    ),
  },
  { description: 'Daily budget, destinations and hotel nightly caps by city tier, explained in zh-CN and en' },
);
