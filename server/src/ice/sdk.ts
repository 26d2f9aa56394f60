/**
 * The Alibaba Cloud SDK classes, unwrapped. These packages are CommonJS with `exports.default`; under Node's ESM
 * loader a default import is the whole exports object, so the class sits one level down.
 */
import CredentialModule, { Config as CredentialConfigClass } from '@alicloud/credentials';
import OpenApiModule, {
  Config as OpenApiConfigClass,
  OpenApiRequest,
  Params,
} from '@alicloud/openapi-client';
import * as TeaUtil from '@alicloud/tea-util';

function unwrapDefault<T>(module: T): T {
  if (typeof module === 'function') return module;
  const inner: unknown = (module as { default?: unknown }).default;
  return typeof inner === 'function' ? (inner as T) : module;
}

export const OpenApiClient = unwrapDefault(OpenApiModule);
export type OpenApiClient = InstanceType<typeof OpenApiClient>;
export const Credential = unwrapDefault(CredentialModule);
export type Credential = InstanceType<typeof Credential>;
export const CredentialConfig = CredentialConfigClass;
export const OpenApiConfig = OpenApiConfigClass;
export const RuntimeOptions = TeaUtil.RuntimeOptions;
export { OpenApiRequest, Params };
