/** What OpenAI answers to a body that is not JSON; the error handler turns it into OpenAI's error format. */
export const UNPARSABLE_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)";
