/** The checks both signature versions share: timestamp window, access key state, token, constant-time compare. */
import { timingSafeEqual } from 'node:crypto';
import { type EmulatorAccount, findAccount } from './accounts';
import { ServiceError } from './service-error';

const SKEW_MS = 15 * 60 * 1000;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export function checkTimestamp(value: string, now: number): void {
  const m = TIMESTAMP.exec(value);
  const time = m
    ? Date.UTC(+(m[1] ?? 0), +(m[2] ?? 0) - 1, +(m[3] ?? 0), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
    : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 19) !== value.slice(0, 19)) {
    throw ServiceError.of('InvalidTimeStamp.Format');
  }
  if (Math.abs(now - time) > SKEW_MS) throw ServiceError.of('InvalidTimeStamp.Expired');
}

export function activeAccount(accessKeyId: string): EmulatorAccount {
  const account = findAccount(accessKeyId);
  if (!account) throw ServiceError.of('InvalidAccessKeyId.NotFound');
  if (account.behaviour === 'disabled') throw ServiceError.of('InvalidAccessKeyId.Inactive');
  return account;
}

export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function checkToken(account: EmulatorAccount, token: string | undefined): void {
  if (account.securityToken === undefined) return;
  if (token === undefined || token === '') throw ServiceError.of('MissingSecurityToken');
  if (!sameText(token, account.securityToken)) throw ServiceError.of('InvalidSecurityToken.Mismatch');
}
