import { connect } from 'node:net';

/**
 * Sends bytes exactly as given (request line, headers, body) over one loopback connection and returns what
 * came back, for requests fetch() would normalise away: absolute-URI targets, a forged Host, odd framing.
 */
export function rawRequest(port: number, request: string, timeoutMs = 5000): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const parts: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('raw request timed out'));
    }, timeoutMs);
    socket.on('data', (d) => parts.push(d));
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(parts).toString('utf8');
      // Interim answers (100 Continue) come first; the status is the final one's.
      const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
      resolve({ status: statuses.find((st) => st >= 200) ?? 0, text });
    });
    socket.write(request);
  });
}

/** A request with Connection: close and a correct Content-Length; extra header lines as given. */
export function httpRequest(target: string, headers: string[], body: string): string {
  const lines = [
    `POST ${target} HTTP/1.1`,
    ...headers,
    'connection: close',
    'content-type: application/json',
    `content-length: ${Buffer.byteLength(body)}`,
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
