/**
 * A segment is one piece of user-controlled text inside a provider request, with the path that locates
 * it in the request body. Segments are the unit of inspection: detection never runs over raw JSON.
 */
export type SegmentKind =
  | 'system'
  | 'message'
  | 'tool_call_arguments'
  | 'tool_result'
  | 'tool_definition'
  /** A token the client hands the provider (an MCP server's): reported as a SECRET whatever it looks like. */
  | 'credential'
  /**
   * The user's location handed to a hosted search tool (a web_search tool's user_location city, region, country,
   * time zone): reported as a LOCATION whatever it looks like, since a bare city name has no context to be found by.
   */
  | 'location'
  /**
   * A value the client sets on the request or a hosted tool rather than writes to the model (metadata values, an
   * end-user id, a cache key, a file_search filter value): read like a message.
   */
  | 'setting'
  | 'prompt'
  | 'suffix'
  | 'embedding_input';

export type PathPart = string | number;

export interface Segment {
  path: readonly PathPart[];
  kind: SegmentKind;
  /** Author of the text where the format has one (system, user, assistant, tool). */
  role?: string;
  text: string;
  /**
   * How the text is stored in the body when it is not stored as it is: `base64` for a plain-text document sent
   * encoded (Anthropic's base64 document source). `text` is then the decoded text, and writing it back encodes it.
   */
  encoding?: 'base64';
  /**
   * What a change of this text does where a placeholder would make the field wrong rather than private:
   * `omit` removes the field from the request (an optional field the provider reads for itself: a search
   * tool's user_location, metadata, an end-user id), `refuse` refuses the request with a 400 (a search filter
   * value, which would match nothing as a placeholder). Absent: the new text is written in its place.
   */
  onChange?: 'omit' | 'refuse';
  /**
   * Why a changed `refuse` segment cannot take a placeholder, for the 400: `filter` (a search filter value would
   * match nothing; the default) or `name` (a name or id would name nothing: a JSON schema's name, a stored
   * response or prompt, a tool) or `setting` (a request setting outside the values Veil knows, or in a field it
   * does not know: a new service tier, `include` item or parameter, which a placeholder would make meaningless)
   * or `key` (the segment is a field's name, not its value: the 400 names the map that holds it).
   */
  refusal?: 'filter' | 'name' | 'setting' | 'key';
}

/**
 * The fields of a user_location handed to a hosted search tool (besides its `type`), each with the type of the
 * LOCATION finding inspection reports for it: the parsers accept exactly these fields, inspection types by them.
 */
export const USER_LOCATION_TYPES: Readonly<Record<string, string>> = {
  city: 'USER_CITY',
  region: 'USER_REGION',
  country: 'USER_COUNTRY',
  timezone: 'USER_TIMEZONE',
};

/** Renders a path as `messages[0].content[1].text`, for audit records and error messages. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * Writes new texts back into a request body at the segments' paths. The body is mutated: the caller owns
 * the freshly parsed object, so copying it would only cost time.
 */
export function writeSegments(body: unknown, segments: readonly Segment[], texts: readonly string[]): void {
  segments.forEach((segment, i) => {
    const text = texts[i];
    // A field's name is never rewritten: a change to one refuses the request before anything is written.
    if (text === undefined || segment.refusal === 'key') return;
    if (segment.onChange === 'omit') {
      // Removed when changed; written back as it was otherwise (the local fallback restores a removed field).
      if (text === segment.text) setAtPath(body, segment.path, text, true);
      else removeAtPath(body, segment.path);
      return;
    }
    if (text === segment.text) return;
    setAtPath(body, segment.path, segment.encoding === 'base64' ? Buffer.from(text, 'utf8').toString('base64') : text);
  });
}

/** The object or array holding the path's last part, if every part before it leads to one. */
export function parentAt(root: unknown, path: readonly PathPart[]): Record<PathPart, unknown> | undefined {
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathPart, unknown>)[path[i] as PathPart];
  }
  return node !== null && typeof node === 'object' ? (node as Record<PathPart, unknown>) : undefined;
}

function parentOf(root: unknown, path: readonly PathPart[]): Record<PathPart, unknown> {
  const node = parentAt(root, path);
  if (node === undefined) throw new Error(`segment path ${formatPath(path)} is not in the body`);
  return node;
}

function setAtPath(root: unknown, path: readonly PathPart[], value: string, onlyIfChanged = false): void {
  const node = parentOf(root, path);
  const key = path[path.length - 1] as PathPart;
  if (onlyIfChanged && node[key] === value) return;
  node[key] = value;
}

/** Removes an object's field (never an array element: the segments that may be omitted are object fields). */
function removeAtPath(root: unknown, path: readonly PathPart[]): void {
  const node = parentOf(root, path);
  const key = path[path.length - 1] as PathPart;
  if (Array.isArray(node)) throw new Error(`segment path ${formatPath(path)} is an array element`);
  delete node[key];
}
