/** The server's implementation: routes, endpoints, problem details and the Jetty glue. Not API. */
package fi.lape.server.internal;
