/** The baseline file: reading it line-blamed, writing it sorted and atomically, and recording or ratcheting it from a check. */
package dev.allocbudget.core.baseline;
