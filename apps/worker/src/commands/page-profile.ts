import type { MessengerProfile } from '@ecitizen/messenger';
import { ASK_QUESTION_PAYLOAD, GET_STARTED_PAYLOAD, HUMAN_AGENT_PAYLOAD } from '../answering/payloads.ts';

// The portal's root: a stable address, where deeper help pages have moved before.
const ECITIZEN_HELP_URL = 'https://www.ecitizen.go.ke/';

/**
 * The eCitizen page's Messenger profile: what a person sees before writing
 * (greeting, Get Started) and the menu beside the composer. Greetings are at
 * most 160 characters; Messenger fills in {{user_first_name}}.
 */
export const PAGE_PROFILE: MessengerProfile = {
  get_started: { payload: GET_STARTED_PAYLOAD },
  greeting: [
    {
      locale: 'default',
      text: 'Hello {{user_first_name}}! I am the eCitizen assistant. Ask me about any eCitizen service, in English or Kiswahili.',
    },
    {
      locale: 'sw_KE',
      text: 'Habari {{user_first_name}}! Mimi ni msaidizi wa eCitizen. Niulize kuhusu huduma yoyote ya eCitizen, kwa Kiswahili au Kiingereza.',
    },
  ],
  persistent_menu: [
    {
      locale: 'default',
      composer_input_disabled: false,
      call_to_actions: [
        { type: 'postback', title: 'Ask a question', payload: ASK_QUESTION_PAYLOAD },
        { type: 'postback', title: 'Talk to a person', payload: HUMAN_AGENT_PAYLOAD },
        { type: 'web_url', title: 'eCitizen help', url: ECITIZEN_HELP_URL },
      ],
    },
  ],
};
