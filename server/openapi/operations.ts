/** Every /api/v1 operation and public feed: path, access, body, responses and errors. */
import { CATALOGUE_OPERATIONS } from "./operations-catalogue";
import { COPY_OPERATIONS } from "./operations-copy";
import { DRAFT_OPERATIONS } from "./operations-draft";
import { IMAGE_OPERATIONS, MEDIA_OPERATIONS } from "./operations-images";
import { PLANNER_OPERATIONS } from "./operations-planner";
import { RELEASE_OPERATIONS } from "./operations-releases";
import { SCENARIO_OPERATIONS, withScenarioParam } from "./operations-scenarios";
import { SCHEDULE_OPERATIONS } from "./operations-schedule";
import { TEAM_OPERATIONS } from "./operations-team";
import type { ApiOperation, ErrorStatus } from "./types";

/** In the order /api/docs lists them. */
export const API_OPERATIONS: ApiOperation[] = [
  ...CATALOGUE_OPERATIONS,
  ...IMAGE_OPERATIONS,
  ...withScenarioParam(SCHEDULE_OPERATIONS),
  ...COPY_OPERATIONS,
  ...SCENARIO_OPERATIONS,
  ...DRAFT_OPERATIONS,
  ...RELEASE_OPERATIONS,
  ...PLANNER_OPERATIONS,
  ...TEAM_OPERATIONS,
];

const FEED_HEADERS = ["etag", "last-modified", "cache-control"];
const feed = (path: string, operationId: string, summary: string, contentType: string, errors: ErrorStatus[] = [404]): ApiOperation => ({
  method: "get",
  path,
  operationId,
  tag: "feeds",
  access: "public",
  summary,
  description: "The latest release, rendered once per release. ETag and Last-Modified; 304 for If-None-Match / If-Modified-Since.",
  responses: {
    200: { description: "The feed", contentType, schema: { type: "string" }, headers: FEED_HEADERS },
    304: { description: "Not modified" },
  },
  errors,
});

/** The public feeds (not under /api, listed for completeness). */
export const FEED_OPERATIONS: ApiOperation[] = [
  feed("/schedule/{edition}/schedule.ics", "festivalIcal", "The whole festival as iCalendar", "text/calendar"),
  feed("/schedule/{edition}/venues/{venue}.ics", "venueIcal", "One venue's screenings as iCalendar", "text/calendar"),
  feed(
    "/schedule/{edition}/films/{film}.ics",
    "filmIcal",
    "One film's screenings as iCalendar ({film} is the film page's segment, e.g. 12-matewan)",
    "text/calendar",
  ),
  feed("/schedule/{edition}/screenings/{id}.ics", "screeningIcal", "One screening as iCalendar", "text/calendar"),
  feed("/schedule/{edition}/schedule.xml", "frabXml", "frab / c3voc schedule.xml", "application/xml"),
  feed("/schedule/{edition}/schedule.json", "frabJson", "frab / c3voc schedule.json", "application/json"),
  feed("/schedule/{edition}/schedule.csv", "scheduleCsv", "The programme as CSV (UTF-8 with BOM)", "text/csv"),
  {
    method: "get",
    path: "/schedule/{edition}/planner.ics",
    operationId: "planIcal",
    tag: "feeds",
    access: "public",
    summary: "The best plan for ?films=...&must=...&from=...&to=...&breakMinutes=... as iCalendar (the festival feed's UIDs)",
    responses: { 200: { description: "The plan", contentType: "text/calendar", schema: { type: "string" } } },
    errors: [400, 404, 422],
  },
  ...MEDIA_OPERATIONS,
];
