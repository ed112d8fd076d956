/**
 * lape as an HTTP service: {@link fi.lape.server.LapeServer} serves lape's JSON documents under
 * {@code /v1} (described by the OpenAPI 3.1 document at {@code /v1/openapi.json}) and a small web
 * page at {@code /}.
 */
package fi.lape.server;
