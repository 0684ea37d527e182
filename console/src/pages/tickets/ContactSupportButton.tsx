import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../session/SessionContext';
import { ContactSupportDialog } from './ContactSupportDialog';

/**
 * 联系客服 on an order's page: an employee who may ask (ticket.request) opens a ticket about the
 * order and lands on it. Desk staff log tickets for others on the desk instead, so they see no button.
 */
export function ContactSupportButton({ orderCode }: { orderCode: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, hasPermission } = useSession();
  const [open, setOpen] = useState(false);
  if (!me?.employeeId || !hasPermission('ticket.request') || hasPermission('ticket.work')) return null;
  return (
    <>
      <button type="button" className="btn" data-testid="contact-support" onClick={() => setOpen(true)}>
        {t('tickets.contact.button')}
      </button>
      {open ? (
        <ContactSupportDialog
          orderCode={orderCode}
          onClose={() => setOpen(false)}
          onOpened={(ticket) => void navigate(`/tickets/${ticket.id}`, { state: { opened: true } })}
        />
      ) : null}
    </>
  );
}
