"""All Qt lives here. No SQL: views call the data layer's repository methods."""
