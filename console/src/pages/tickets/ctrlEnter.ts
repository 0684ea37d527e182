import type { KeyboardEvent } from 'react';

/** A text box's key handler that runs `send` on Ctrl+Enter (⌘+Enter on a Mac), the desk's shortcut for sending. */
export function onCtrlEnter(send: () => void) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };
}
