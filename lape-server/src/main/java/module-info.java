/**
 * lape as an HTTP service on embedded Jetty 12: see {@link fi.lape.server.LapeServer}. Only that
 * class is API; routes, endpoints and problem details are in {@code fi.lape.server.internal}.
 */
module fi.lape.server {
  requires transitive fi.lape.core;
  requires fi.lape.rules;
  requires fi.lape.json;
  requires fi.lape.advisor;
  requires fi.lape.report;
  requires fi.lape.sheets;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.util;
  requires tools.jackson.databind;
  requires org.slf4j;

  exports fi.lape.server;
}
