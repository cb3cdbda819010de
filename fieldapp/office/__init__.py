"""The office side: trusted devices, the verified import gate, the archive and service figures."""
