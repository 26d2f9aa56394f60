/**
 * Clients an attacker would write, for the "doors under attack" tests: requests from a chosen loopback address
 * (each address is another client), connections that never send anything, and polling without fixed sleeps.
 */
import { request } from 'node:http';
import { connect } from 'node:net';

export interface Answer {
  status: number;
  body: string;
  ms: number;
}

/** A request from `localAddress` (127.0.0.x): fetch cannot choose it, node:http can. */
export function requestFrom(
  localAddress: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      url,
      { localAddress, agent: false, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, body: '', ms: performance.now() - started }));
    req.end(options.body);
  });
}

/** A connection that sends nothing and never closes its side; resolves with what the server said on closing. */
export function silentConnection(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), allowHalfOpen: true });
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    const settle = () => {
      resolve(answer);
      socket.destroy();
    };
    socket.on('end', settle);
    socket.on('error', settle);
  });
}

/** Calls `fire` `perSecond` times a second for `seconds`, open loop (not waiting for answers), as a flood does. */
export async function atRate(
  perSecond: number,
  seconds: number,
  fire: (index: number) => void,
): Promise<number> {
  const started = performance.now();
  let fired = 0;
  while (performance.now() - started < seconds * 1000) {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
    for (; fired <= due; fired++) fire(fired);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return fired;
}
