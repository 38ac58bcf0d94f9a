import { withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { valuesPanelBody } from '@/lib/server/indicator-store';

/** Every indicator × year × place in one body, for the chart, scatter and table views. */
export const GET = withErrors(async (request: Request) => serveBody(request, valuesPanelBody()));
