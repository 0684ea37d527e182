import { useCallback, useRef, useState } from 'react';
import { bookingApi, type SearchAnswer, type SearchBody } from '../../api/booking';

export interface BookingSearch {
  /** The last answer, with the search that produced it (booking sends the very same search again). */
  result: { body: SearchBody; answer: SearchAnswer } | null;
  error: unknown;
  busy: boolean;
  run: (body: SearchBody) => Promise<void>;
  clear: () => void;
}

/** Runs searches one at a time from the user's view: an answer to a superseded search is dropped. */
export function useBookingSearch(): BookingSearch {
  const [result, setResult] = useState<BookingSearch['result']>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  const run = useCallback(async (body: SearchBody) => {
    const ticket = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      const answer = await bookingApi.search(body);
      if (ticket === latest.current) setResult({ body, answer });
    } catch (err) {
      if (ticket === latest.current) {
        setError(err);
        setResult(null);
      }
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    latest.current += 1;
    setResult(null);
    setError(null);
    setBusy(false);
  }, []);
  return { result, error, busy, run, clear };
}
