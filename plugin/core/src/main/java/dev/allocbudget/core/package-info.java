/** The Maven-free engine: discovers budget methods in a fork, measures each in its own fork, decides and reports. */
package dev.allocbudget.core;
