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
}

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
    if (text === undefined || text === segment.text) return;
    setAtPath(body, segment.path, segment.encoding === 'base64' ? Buffer.from(text, 'utf8').toString('base64') : text);
  });
}

function setAtPath(root: unknown, path: readonly PathPart[], value: string): void {
  let node = root as Record<PathPart, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    node = node[path[i] as PathPart] as Record<PathPart, unknown>;
    if (node === null || typeof node !== 'object')
      throw new Error(`segment path ${formatPath(path)} is not in the body`);
  }
  node[path[path.length - 1] as PathPart] = value;
}
