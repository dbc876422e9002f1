/** The system the chat talks to: attached to, or started by the chat itself. */
export interface ChatSystem {
  /** The api's base URL; deliveries go to `${apiUrl}/webhook`. */
  apiUrl: string;
  /** The Graph emulator the worker sends through; replies are read from it. */
  emulatorUrl: string;
  appSecret: string;
  /** The page the citizen writes to (the emulator's). */
  pageId: string;
  /** One line for the person: what is being used or was started. */
  description: string;
  /** Settles with a reason if part of the system stops on its own; never settles otherwise. */
  crashed: Promise<string>;
  /** Stops whatever the chat started; nothing when attached. */
  stop(): Promise<void>;
}
