/**
 * A modular app using HubKit by its module names (each jar's Automatic-Module-Name), not by jar file names.
 * HubKit's jars are automatic modules, which cannot say what they need: the app names OkHttp and Jackson's
 * Optional and java.time support itself (README, "Compatibility").
 */
module dev.hubkit.consumer.jpms {
  requires dev.hubkit.core;
  requires dev.hubkit.chat;
  requires dev.hubkit.testing;
  requires okhttp3;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires mockwebserver3;
}
