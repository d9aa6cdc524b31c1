/**
 * A realistic agent's tool array (20 function tools of an invented support-desk assistant), resent unchanged with
 * every turn of its loop. Descriptions are ordinary developer prose, long and short, with nothing personal in them.
 */
type Schema = Record<string, unknown>;

const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const int = (description: string): Schema => ({ type: 'integer', description });

function fn(name: string, description: string, properties: Record<string, Schema>, required: string[] = []) {
  return {
    type: 'function' as const,
    function: {
      name,
      description,
      parameters: { type: 'object', properties, required, additionalProperties: false },
    },
  };
}

export const AGENT_TOOLS = [
  fn(
    'search_tickets',
    'Searches the help-desk tickets by free text, status and queue. Returns at most `limit` tickets, newest first.',
    {
      query: str('Words to look for in the subject and body'),
      status: str('Ticket status', { enum: ['open', 'pending', 'solved'] }),
      queue: str('The queue the ticket sits in'),
      limit: int('How many tickets to return (1-50)'),
    },
    ['query'],
  ),
  fn(
    'get_ticket',
    'Reads one ticket with its whole thread of replies and internal notes.',
    {
      ticket_id: str('The ticket number, as shown in the ticket list'),
    },
    ['ticket_id'],
  ),
  fn(
    'reply_to_ticket',
    'Posts a public reply to the requester of a ticket. Use a friendly, short tone.',
    {
      ticket_id: str('The ticket number'),
      body: str('The reply in Markdown'),
      close: { type: 'boolean', description: 'Mark the ticket solved after replying' },
    },
    ['ticket_id', 'body'],
  ),
  fn(
    'add_internal_note',
    'Adds a note that only agents can see.',
    {
      ticket_id: str('The ticket number'),
      note: str('The note text'),
    },
    ['ticket_id', 'note'],
  ),
  fn(
    'assign_ticket',
    'Assigns a ticket to an agent or a group.',
    {
      ticket_id: str('The ticket number'),
      assignee: str('Agent handle or group name'),
    },
    ['ticket_id', 'assignee'],
  ),
  fn('list_macros', 'Lists the saved reply templates (macros) available to the current agent.', {}),
  fn(
    'apply_macro',
    'Applies a saved macro to a ticket and returns the resulting draft without sending it.',
    {
      ticket_id: str('The ticket number'),
      macro_id: str('Identifier of the macro, from list_macros'),
    },
    ['ticket_id', 'macro_id'],
  ),
  fn(
    'lookup_order',
    'Finds an order in the shop backend by its order number and returns items, totals and shipping state.',
    {
      order_number: str('Order number, eight digits after the prefix'),
    },
    ['order_number'],
  ),
  fn(
    'refund_order',
    'Refunds an order fully or partly. Needs a reason; refunds above the agent limit go to review.',
    {
      order_number: str('Order number'),
      amount: { type: 'number', description: 'Amount to refund in the order currency' },
      reason: str('Why the refund is made', { enum: ['damaged', 'late', 'wrong_item', 'goodwill'] }),
    },
    ['order_number', 'reason'],
  ),
  fn(
    'track_shipment',
    'Returns the carrier and the latest tracking events of a shipment.',
    {
      tracking_code: str('The carrier tracking code'),
    },
    ['tracking_code'],
  ),
  fn(
    'create_return_label',
    'Creates a prepaid return label and attaches it to the ticket.',
    {
      order_number: str('Order number'),
      items: { type: 'array', items: str('Line item id'), description: 'Items being returned' },
    },
    ['order_number'],
  ),
  fn(
    'search_knowledge_base',
    'Searches the public help-centre articles and returns titles, links and snippets.',
    {
      query: str('What the customer asked about'),
      locale: str('Article language, e.g. en or es'),
    },
    ['query'],
  ),
  fn('get_article', 'Reads one help-centre article in full.', { article_id: str('Article id') }, ['article_id']),
  fn(
    'escalate',
    'Escalates a ticket to the second-line team with a short summary of what was tried.',
    {
      ticket_id: str('The ticket number'),
      summary: str('What the customer needs and what was already tried'),
      priority: str('Urgency', { enum: ['low', 'normal', 'high', 'urgent'] }),
    },
    ['ticket_id', 'summary'],
  ),
  fn(
    'set_tags',
    'Replaces the tags of a ticket.',
    {
      ticket_id: str('The ticket number'),
      tags: { type: 'array', items: { type: 'string' }, description: 'Tags, lower case' },
    },
    ['ticket_id', 'tags'],
  ),
  fn(
    'schedule_callback',
    'Books a phone callback slot with the customer in their time zone.',
    {
      ticket_id: str('The ticket number'),
      slot: str('Start of the slot, ISO 8601 with offset'),
    },
    ['ticket_id', 'slot'],
  ),
  fn(
    'get_customer_history',
    'Summarises the earlier tickets and orders of the ticket requester.',
    {
      ticket_id: str('The ticket number'),
      months: int('How far back to look'),
    },
    ['ticket_id'],
  ),
  fn(
    'translate_text',
    'Translates a reply draft into the customer language before sending.',
    {
      text: str('Text to translate'),
      target: str('Target language code'),
    },
    ['text', 'target'],
  ),
  fn(
    'check_warranty',
    'Tells whether a product serial number is still under warranty and until when.',
    {
      serial: str('Serial number printed under the device'),
    },
    ['serial'],
  ),
  fn(
    'close_ticket',
    'Closes a ticket with a resolution code once the customer confirmed the fix.',
    {
      ticket_id: str('The ticket number'),
      resolution: str('Resolution code', { enum: ['fixed', 'no_reply', 'duplicate', 'not_a_bug'] }),
    },
    ['ticket_id', 'resolution'],
  ),
];
