import { OrderDetailPage } from '../orders/OrderDetailPage';
import { OrderActions } from './OrderActions';

/** /orders/:id: the order detail with its actions (取消 / 退票 / 改签) in the page's slot. */
export function BookedOrderPage() {
  return <OrderDetailPage renderActions={(order, reload) => <OrderActions order={order} reload={reload} />} />;
}
