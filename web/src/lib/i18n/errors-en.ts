/**
 * English texts for failures: a plain title per kind of error and what to do about it. Every error is worded
 * from its code here; the server's own (English) sentence is shown only as a detail.
 */
export const errorsEn = {
  code: 'Error code',
  requestId: 'RequestId',
  requestIdHint: 'Alibaba Cloud support asks for this.',
  detail: 'Server’s message',
  retry: 'Try again',
  retryIn: (seconds: number) => `Retrying in ${seconds} s…`,
  field: (field: string) => `Field: ${field}`,
  startPage: 'Open the start page',
  cause: 'Cause',
  endpoint: 'Endpoint',
  /** Why Alibaba Cloud could not be reached (shared/src/network-causes.ts), for whoever runs the server. */
  causes: {
    dns: 'The endpoint’s name does not resolve (DNS). Check the server’s DNS and the ICE endpoint settings.',
    refused: 'The endpoint refused the connection: nothing listens at that address and port.',
    timeout: 'No answer in time: a firewall, the network or the service is slow or blocking.',
    tls: 'The secure connection failed: the certificate is expired, self-signed or for another name, or something in between intercepts TLS.',
    reset: 'The connection was cut before an answer came.',
    unreachable: 'There is no network route from the server to the endpoint.',
    proxy:
      'The outbound proxy (HTTPS_PROXY) could not be reached, refused the connection or wants other credentials.',
  },
  permission: {
    title: 'The AccessKey is not allowed to list recognition libraries',
    help: 'Whoever administers the Alibaba Cloud account must attach this RAM policy to the RAM user or role whose AccessKey the server uses. It takes effect within a minute; then reload this page.',
  },
  credentials: {
    title: 'Alibaba Cloud did not accept the credentials',
    help: 'Whoever runs this dashboard must check the AccessKey the server uses: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (or ALIBABA_CLOUD_PROFILE for the aliyun CLI configuration), make sure the key is enabled in the RAM console, then restart the server. Reload this page afterwards.',
  },
  budget: {
    title: 'Holding back to protect your account',
    help: 'Alibaba Cloud allows 50 calls per second per account for all recognition calls; this dashboard keeps well below that so other programs on the account are not throttled.',
  },
  throttled: {
    title: 'Alibaba Cloud is throttling this account',
    help: 'Another program may be using the account’s 50 calls per second. Wait a moment and try again.',
  },
  timeout: {
    title: 'Alibaba Cloud took too long to answer',
    help: 'The service or the network to it is slow right now. Try again; if it keeps happening, check the server’s network and ICE_TIMEOUT_MS.',
  },
  upstreamDown: {
    title: 'Alibaba Cloud could not be reached or answered badly',
    help: 'The dashboard server reached out but got no usable answer. Check its internet access and endpoint settings, then try again.',
  },
  serverDown: {
    title: 'The dashboard server cannot be reached',
    help: 'Check that the server is running and that this device is online, then try again.',
  },
  service: {
    title: 'Alibaba Cloud had a temporary failure',
    help: 'This is usually brief. Try again in a moment.',
  },
  invalid: {
    title: 'The request was not valid',
    help: 'The link has a value the service does not accept. Reset the filters or open the dashboard from its start page.',
  },
  notFound: {
    title: 'This library was not found',
    help: 'It may have been deleted, or it belongs to another region or algorithm. Find it in the list.',
  },
  generic: {
    title: 'Something went wrong',
    help: 'Try again. If it keeps failing, send the code and RequestId to whoever runs this dashboard.',
  },
};
