import CivicSite

// Placeholder until the command-line front end lands.
print("civicsite")
