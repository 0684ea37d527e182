import type { TicketCategory, TicketPriority } from './ticket-lifecycle.ts';

export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;
export const TAG_MAX = 40;
export const TAGS_MAX = 20;

/** The priority a new ticket gets when nobody chose one. */
export function defaultPriority(category: TicketCategory): TicketPriority {
  if (category === 'emergency') return 'urgent';
  if (category === 'complaint') return 'high';
  return 'normal';
}

/** Tags as stored: trimmed, lower case, spaces as '-', no duplicates, in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim().toLowerCase().replace(/\s+/g, '-');
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

export interface InputProblem {
  path: string;
  message: string;
}

/** What is wrong with a subject, a body and tags (empty when nothing). */
export function ticketTextProblems(input: { subject?: string; body?: string; tags?: readonly string[] }): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.subject !== undefined) {
    const s = input.subject.trim();
    if (s === '') problems.push({ path: '/subject', message: 'must not be empty' });
    if (s.length > SUBJECT_MAX) problems.push({ path: '/subject', message: `must be at most ${SUBJECT_MAX} characters` });
  }
  if (input.body !== undefined) {
    if (input.body.trim() === '') problems.push({ path: '/body', message: 'must not be empty' });
    if (input.body.length > BODY_MAX) problems.push({ path: '/body', message: `must be at most ${BODY_MAX} characters` });
  }
  if (input.tags !== undefined) {
    const tags = normaliseTags(input.tags);
    if (tags.length > TAGS_MAX) problems.push({ path: '/tags', message: `at most ${TAGS_MAX} tags` });
    tags.forEach((t, i) => {
      if (t.length > TAG_MAX) problems.push({ path: `/tags/${i}`, message: `must be at most ${TAG_MAX} characters` });
    });
  }
  return problems;
}
