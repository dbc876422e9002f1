/** The page's Messenger profile, in Graph's own field names since it is sent as is. */
export interface MessengerProfile {
  /** The payload of the postback sent when a person taps Get Started. */
  get_started?: { payload: string };
  /** Shown before the first message; `default` locale is required when any is set. */
  greeting?: Array<{ locale: string; text: string }>;
  persistent_menu?: PersistentMenu[];
}

export interface PersistentMenu {
  locale: string;
  composer_input_disabled?: boolean;
  call_to_actions: MenuItem[];
}

export type MenuItem = PostbackMenuItem | WebUrlMenuItem;

export interface PostbackMenuItem {
  type: 'postback';
  title: string;
  payload: string;
}

export interface WebUrlMenuItem {
  type: 'web_url';
  title: string;
  url: string;
  webview_height_ratio?: 'compact' | 'tall' | 'full';
}
