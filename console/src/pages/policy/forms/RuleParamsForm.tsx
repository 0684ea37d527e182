import type { Rule } from '../../../api/types';
import type { FieldError } from '../../../api/errors';
import { FlightAdvanceForm, FlightCabinForm, FlightLowestFareForm, FlightPriceCapForm } from './FlightForms';
import { CarCapForm, CarHoursForm, CarLevelForm, HotelStarForm, TrainSeatForm } from './GroundForms';
import { HotelCapForm } from './HotelCapForm';
import { DailyBudgetForm, DestinationsForm, RequiresRequestForm } from './TripForms';

interface RuleParamsFormProps {
  rule: Rule;
  onChange: (rule: Rule) => void;
  errors: FieldError[];
}

/** The params form of the rule's kind. */
export function RuleParamsForm({ rule, onChange, errors }: RuleParamsFormProps) {
  const testId = 'rule-param';
  switch (rule.kind) {
    case 'flight_cabin':
      return <FlightCabinForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
    case 'flight_price_cap':
      return (
        <FlightPriceCapForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />
      );
    case 'flight_lowest_fare_window':
      return (
        <FlightLowestFareForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />
      );
    case 'flight_advance_booking':
      return (
        <FlightAdvanceForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />
      );
    case 'hotel_nightly_cap':
      return <HotelCapForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
    case 'hotel_star':
      return <HotelStarForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
    case 'train_seat':
      return <TrainSeatForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
    case 'car_service_level':
      return <CarLevelForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
    case 'car_ride_cap':
      return <CarCapForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
    case 'car_hours':
      return <CarHoursForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
    case 'trip_daily_budget':
      return <DailyBudgetForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
    case 'trip_requires_approved_request':
      return (
        <RequiresRequestForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />
      );
    case 'trip_destinations':
      return <DestinationsForm testId={testId} errors={errors} params={rule.params} onChange={(params) => onChange({ ...rule, params })} />;
  }
}
