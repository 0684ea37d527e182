import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local webhook receiver: records what it gets and answers with the scripted statuses (the last one repeats). */
export interface Receiver {
  url: string;
  received: Received[];
  answer(...statuses: number[]): void;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hook'): Promise<Receiver> {
  const received: Received[] = [];
  let script: number[] = [200];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = script.length > 1 ? (script.shift() ?? 200) : (script[0] ?? 200);
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(`answered ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answer(...statuses) {
      script = statuses;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
