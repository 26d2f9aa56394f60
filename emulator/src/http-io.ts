/** The emulator's HTTP plumbing: reading a call off the wire and writing a JSON answer. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IncomingCall } from './authenticate';
import { ServiceError } from './service-error';

const MAX_BODY_BYTES = 64 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-acs-request-id': requestId,
  });
  res.end(text);
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw ServiceError.invalidParameter('request body is too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function toCall(req: IncomingMessage, body: Buffer): IncomingCall {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  const isForm = (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  return {
    method: req.method ?? 'GET',
    headers,
    query: [...url.searchParams],
    form: isForm ? [...new URLSearchParams(body.toString('utf8'))] : [],
    body,
  };
}
