/** Sent when an answer takes long: Meta expects every input answered within 30 s. */
export const HOLDING_MESSAGE = 'One moment please, I am looking that up for you. / Tafadhali subiri kidogo, ninatafuta jibu lako.';
