import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stub received. */
export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface StubReply {
  status?: number;
  json?: unknown;
  /** A body sent as is, instead of JSON. */
  raw?: string;
}

export interface StubPlatform {
  /** The base URL to give the send functions. */
  url: string;
  requests: StubRequest[];
  /** Sets how the stub answers; the handler sees each request in turn. */
  answer(handler: (request: StubRequest) => StubReply): void;
  close(): Promise<void>;
}

/** A local HTTP server standing in for a platform's API, recording what it is sent. */
export async function startStubPlatform(): Promise<StubPlatform> {
  const requests: StubRequest[] = [];
  let handler: (request: StubRequest) => StubReply = () => ({ status: 404, json: { error: 'no handler' } });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stub');
      const text = Buffer.concat(chunks).toString('utf8');
      const request: StubRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: text === '' ? undefined : JSON.parse(text),
      };
      requests.push(request);
      const reply = handler(request);
      res.writeHead(reply.status ?? 200, { 'content-type': reply.raw === undefined ? 'application/json' : 'text/plain' });
      res.end(reply.raw ?? JSON.stringify(reply.json ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(next) {
      handler = next;
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
