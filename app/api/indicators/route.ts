import { withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { catalogueBody } from '@/lib/server/indicator-store';

/** The indicator catalogue: definitions, units, years with data, coverage and sources. */
export const GET = withErrors(async (request: Request) => serveBody(request, catalogueBody()));
