/**
 * A service call as code to run elsewhere: the aliyun CLI command (RPC syntax, `aliyun <product> <Action>
 * --Param value`, with the CLI's own `--region` option: help.aliyun.com/document_detail/110344 and
 * /cli/command-line-options) and a short Node.js program on @alicloud/openapi-client, called as the BFF calls it.
 * Neither holds a credential: both read the user's own.
 */
import type { IceCall } from './tools-view';

/** A word the shell takes as it is, or the value in single quotes (each `'` closed, escaped and reopened). */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_,.:/=+-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export function cliCommand(call: IceCall): string {
  const params = call.params.map(([name, value]) => ` --${name} ${shellWord(value)}`).join('');
  return `aliyun ice ${call.action} --region ${call.region}${params}`;
}

export function nodeSnippet(call: IceCall): string {
  const query = call.params.map(([name, value]) => `  ${name}: ${JSON.stringify(value)},`).join('\n');
  return `// npm install @alicloud/openapi-client @alicloud/tea-util
// Credentials come from your environment, never from the dashboard:
// ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS).
const OpenApi = require('@alicloud/openapi-client');
const { RuntimeOptions } = require('@alicloud/tea-util');

const client = new OpenApi.default(
  new OpenApi.Config({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    securityToken: process.env.ALIBABA_CLOUD_SECURITY_TOKEN,
    endpoint: 'ice.${call.region}.aliyuncs.com',
    regionId: '${call.region}',
  }),
);
// ICE 2020-11-09 is an RPC API: every parameter goes in the query of a POST to /.
const params = new OpenApi.Params({
  action: '${call.action}',
  version: '2020-11-09',
  protocol: 'HTTPS',
  pathname: '/',
  method: 'POST',
  authType: 'AK',
  style: 'RPC',
  reqBodyType: 'formData',
  bodyType: 'json',
});
const query = {
${query}
};

client
  .callApi(params, new OpenApi.OpenApiRequest({ query }), new RuntimeOptions({}))
  .then((answer) => console.log(JSON.stringify(answer.body, null, 2)))
  .catch((error) => console.error(error.code, error.message));
`;
}
