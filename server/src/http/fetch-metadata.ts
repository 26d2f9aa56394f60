/**
 * Resource isolation with Fetch Metadata: a page on another site can still make a browser send requests here
 * (`fetch(url, { mode: 'no-cors' })`, an <img>, a form) and spend the account's call budget, even if it cannot
 * read the answers. Browsers say where a request comes from in Sec-Fetch-Site; the API serves only its own
 * pages (`same-origin`) and clients that send no Fetch Metadata at all (curl, scripts, old browsers).
 */
import type { RequestHandler } from 'express';
import { ApiError } from '../api-error';

export const fetchMetadataGuard: RequestHandler = (req, _res, next) => {
  const site = req.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin') return next();
  next(
    new ApiError(
      403,
      'CrossSiteRequest',
      "This API answers only the dashboard's own pages, not other sites.",
    ),
  );
};
