/** Code that runs inside the forked JVM, next to the user's test classes: discovery and measurement. */
package dev.allocbudget.runner;
