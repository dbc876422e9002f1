export interface MessageListener {
  /** A message was sent to the recipient listened for (or to anyone). */
  onMessage(): void;
  /** The emulator is closing: give up waiting. */
  onClose(): void;
}

/**
 * Who waits for messages, grouped by recipient, so a sent message wakes only
 * the waiters that care about it and each of them checks a counter rather
 * than rescanning the log.
 */
export class MessageWaiters {
  private readonly byRecipient = new Map<string, Set<MessageListener>>();
  private readonly forAnyone = new Set<MessageListener>();

  /** Listens for messages to `recipientId` (to anyone when undefined); returns the unsubscribe. */
  subscribe(recipientId: string | undefined, listener: MessageListener): () => void {
    const group = recipientId === undefined ? this.forAnyone : this.groupOf(recipientId);
    group.add(listener);
    return () => {
      group.delete(listener);
      if (recipientId !== undefined && group.size === 0 && this.byRecipient.get(recipientId) === group) this.byRecipient.delete(recipientId);
    };
  }

  notify(recipientId: string): void {
    // Listeners unsubscribe while notified; a Set's iteration tolerates that.
    const group = this.byRecipient.get(recipientId);
    if (group) for (const listener of group) listener.onMessage();
    for (const listener of this.forAnyone) listener.onMessage();
  }

  closeAll(): void {
    const everyone = [...this.forAnyone, ...[...this.byRecipient.values()].flatMap((group) => [...group])];
    this.forAnyone.clear();
    this.byRecipient.clear();
    for (const listener of everyone) listener.onClose();
  }

  private groupOf(recipientId: string): Set<MessageListener> {
    let group = this.byRecipient.get(recipientId);
    if (!group) {
      group = new Set();
      this.byRecipient.set(recipientId, group);
    }
    return group;
  }
}
