/** The team: backups, users, API tokens and the audit log. */
import { created, list, ok, op, tagged } from "./operation-builders";
import { int, obj, str } from "./schemas";
import type { ApiOperation } from "./types";

export const TEAM_OPERATIONS: ApiOperation[] = [
  ...tagged("team", [
    op("get", "/api/v1/backup", "downloadBackup", {
      access: "admin",
      summary: "A consistent copy of the database, made while Lineup runs and checked before it is sent",
      responses: {
        200: {
          description: "The SQLite file",
          contentType: "application/vnd.sqlite3",
          schema: { type: "string", contentMediaType: "application/vnd.sqlite3" },
        },
      },
      errors: [401, 403],
    }),
    op("get", "/api/v1/users", "listUsers", {
      access: "admin",
      summary: "Every user with their role and per-edition roles",
      responses: ok("Users", obj({ users: { type: "array", items: { type: "object" } } })),
      errors: [401, 403],
    }),
    op("post", "/api/v1/users", "createUser", {
      access: "admin",
      summary: "Add a user",
      body: "UserInput",
      responses: created("The new user", { type: "object" }),
      errors: [400, 401, 403, 409],
    }),
    op("patch", "/api/v1/users/{id}", "updateUser", {
      access: "admin",
      summary: "Set a user's role or per-edition roles, reset their password, disable the account",
      body: "UserPatch",
      responses: ok("The user", { type: "object" }),
      errors: [400, 401, 403, 404, 409],
    }),
    op("get", "/api/v1/tokens", "listTokens", {
      access: "read",
      summary: "Your personal API tokens (never the secrets); admins: anyone's, with ?userId=",
      description: "Each token with its role, expiry, last use and revocation. `userId` other than your own needs the admin role (403).",
      query: [{ name: "userId", description: "whose tokens (admins); default: yours", schema: int }],
      responses: ok("Tokens", list("tokens", "ApiToken")),
      errors: [400, 401, 403, 404],
    }),
    op("post", "/api/v1/tokens", "createToken", {
      access: "read",
      summary: "Create a personal API token (shown once; use as Authorization: Bearer ...)",
      description:
        "The token expires at `expiresAt` (default 90 days from now). It is revoked when your password is reset, when you sign out everywhere and when your account is disabled.",
      body: "TokenInput",
      responses: {
        201: {
          description: "The token, shown this once",
          schema: obj({ token: str, id: int, name: str, role: str, expiresAt: { type: "string", format: "date-time" } }),
        },
      },
      errors: [400, 401, 403],
    }),
    op("delete", "/api/v1/tokens/{id}", "revokeToken", {
      access: "read",
      summary: "Revoke one of your tokens (admins: anyone's)",
      description: "404 for a token that is not yours (unless you are an admin) or is already revoked.",
      responses: { 204: { description: "Revoked" } },
      errors: [401, 404],
    }),
    op("get", "/api/v1/audit", "listAudit", {
      access: "read",
      summary: "The audit log, newest first (all of it for admins; one edition's for its readers)",
      query: [
        { name: "edition", description: "an edition's slug", schema: str },
        { name: "entity", description: "film, edition, venue, slot, screening, release, user, token or import", schema: str },
        { name: "entityId", description: "the record's id", schema: int },
        { name: "userId", description: "who made the change", schema: int },
        { name: "beforeId", description: "older than this entry (paging)", schema: int },
        { name: "limit", description: "at most 1000 (default 200)", schema: int },
      ],
      responses: {
        200: {
          description: "Entries: who, when, what, before and after",
          schema: obj({ entries: { type: "array", items: { type: "object" } } }),
        },
      },
      errors: [400, 401, 403, 404],
    }),
  ]),
];
